/**
 * Contract evolution: what changed between two versions of a contract, each change classified as
 * breaking, additive or documentation. Start with {@link dev.meshgovernance.core.evolution.ContractDiff}.
 */
package dev.meshgovernance.core.evolution;

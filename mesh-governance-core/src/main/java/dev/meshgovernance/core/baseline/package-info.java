/**
 * Baseline files: a {@link dev.meshgovernance.api.Baseline} written to and read from versioned JSON
 * ({@code docs/baseline.schema.json}) by {@link dev.meshgovernance.core.baseline.BaselineFile}. A
 * report applies a baseline with {@link dev.meshgovernance.api.GovernanceReport#withBaseline}.
 */
package dev.meshgovernance.core.baseline;

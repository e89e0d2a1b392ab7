/**
 * The engine: one walk over a mesh, each subject dispatched to the rules for its type, rule failures
 * isolated. Start with {@link dev.meshgovernance.core.engine.GovernanceEngine#builder()}.
 */
package dev.meshgovernance.core.engine;

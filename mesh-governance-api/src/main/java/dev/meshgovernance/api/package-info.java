/**
 * The public API of mesh-governance: the {@link dev.meshgovernance.api.Rule} SPI that rule authors
 * implement, the {@link dev.meshgovernance.api.Violation}s rules report, the
 * {@link dev.meshgovernance.api.GovernanceReport} a run returns and the
 * {@link dev.meshgovernance.api.Baseline} of known violations a report can be checked against. The
 * model the rules judge is in {@link dev.meshgovernance.api.model}. This module has no dependencies.
 */
package dev.meshgovernance.api;

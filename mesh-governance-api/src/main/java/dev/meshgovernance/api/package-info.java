/**
 * The public API of mesh-governance: the {@link dev.meshgovernance.api.Rule} SPI that rule authors
 * implement, the {@link dev.meshgovernance.api.Violation}s rules report and the
 * {@link dev.meshgovernance.api.GovernanceReport} a run returns. The model the rules judge is in
 * {@link dev.meshgovernance.api.model}. This module has no dependencies.
 */
package dev.meshgovernance.api;

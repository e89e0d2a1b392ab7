/**
 * The built-in rules of mesh-governance, one small class per rule, registered with
 * {@link java.util.ServiceLoader} in {@code META-INF/services/dev.meshgovernance.api.Rule}.
 * Rule classes are public only because ServiceLoader requires it; they are not API.
 */
package dev.meshgovernance.rules;

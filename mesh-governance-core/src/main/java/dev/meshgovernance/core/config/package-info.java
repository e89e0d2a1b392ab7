/**
 * Policy configuration: built-in profiles (and, later, the governance.yaml of a workspace) that set
 * which rules run, at which severity, with which options.
 */
package dev.meshgovernance.core.config;

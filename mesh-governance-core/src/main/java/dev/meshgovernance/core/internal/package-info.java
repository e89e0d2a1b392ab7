/**
 * Not API: helpers shared by the packages of the core module. Anything here may change without notice.
 */
package dev.meshgovernance.core.internal;

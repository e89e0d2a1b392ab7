/**
 * Reading a mesh workspace: {@link dev.meshgovernance.core.read.WorkspaceReader} is the entry point.
 * The sub-packages are not API.
 */
package dev.meshgovernance.core.read;

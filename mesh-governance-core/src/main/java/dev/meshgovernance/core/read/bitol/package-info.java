/** Not API: reading the parts the Bitol standards (ODCS, ODPS) share. */
package dev.meshgovernance.core.read.bitol;

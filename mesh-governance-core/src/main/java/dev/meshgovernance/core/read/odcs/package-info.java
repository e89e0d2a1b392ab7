/** Not API: reading ODCS v3 data contracts. */
package dev.meshgovernance.core.read.odcs;

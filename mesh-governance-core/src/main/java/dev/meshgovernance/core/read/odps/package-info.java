/** Not API: reading ODPS v1 data products. */
package dev.meshgovernance.core.read.odps;

/** Not API: reading DPDS v1 data product descriptors and following their {@code $ref}s. */
package dev.meshgovernance.core.read.dpds;

package dev.meshgovernance.api.model;

/** The metadata standards the library reads. */
public enum Standard {
  /** Bitol Open Data Contract Standard v3 (v3.0.x, v3.1.0). */
  ODCS,
  /** Bitol Open Data Product Standard v1 (apiVersion v0.9.0, v1.0.0). */
  ODPS,
  /** Open Data Mesh Data Product Descriptor Specification v1.0.0. */
  DPDS
}

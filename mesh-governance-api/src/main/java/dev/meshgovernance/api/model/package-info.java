/**
 * The immutable model of a mesh workspace: data products and their ports, data contracts with their
 * datasets and fields, and SQL statements. Every element a rule can judge is a {@link
 * dev.meshgovernance.api.model.Subject} with a stable path and the origin it was read from. The
 * grammar of subject paths is documented in {@code docs/subject-paths.md}.
 */
package dev.meshgovernance.api.model;

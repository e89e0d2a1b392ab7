package dev.meshgovernance.core.read.tree;

/**
 * Where a value starts in a document.
 *
 * @param line 1-based line
 * @param column 1-based column
 */
public record Position(int line, int column) {}

package dev.meshgovernance.core.sql;

/**
 * One statement cut out of a file by {@link SqlSplitter}.
 *
 * @param text the statement, from its first significant character to before its terminator, trailing blanks removed
 * @param offset offset of the first character of {@code text} in the file
 * @param line 1-based line of that character
 * @param column 1-based column of that character
 */
record SqlChunk(String text, int offset, int line, int column) {}

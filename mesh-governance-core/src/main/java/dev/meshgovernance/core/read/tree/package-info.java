/**
 * Not API: YAML and JSON documents read into a Jackson tree that remembers where every value
 * starts, and lenient access to that tree for the standard readers.
 */
package dev.meshgovernance.core.read.tree;

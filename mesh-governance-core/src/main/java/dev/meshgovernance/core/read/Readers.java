package dev.meshgovernance.core.read;

import dev.meshgovernance.core.read.odcs.OdcsReader;
import dev.meshgovernance.core.read.odps.OdpsReader;
import dev.meshgovernance.core.read.tree.TreeParser;
import dev.meshgovernance.core.sql.SqlAnalyzer;

/** The stateless, thread-safe parts a read uses, built once per {@link WorkspaceReader}. */
record Readers(TreeParser parser, Schemas schemas, OdcsReader odcs, OdpsReader odps, SqlAnalyzer sql) {}

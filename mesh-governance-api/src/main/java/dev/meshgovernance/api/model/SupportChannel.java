package dev.meshgovernance.api.model;

import java.util.Objects;

/**
 * A support channel (ODCS/ODPS {@code support[]}).
 *
 * @param channel channel name, e.g. {@code #orders-help}
 * @param url where to reach it, {@code ""} when not given
 * @param tool e.g. {@code slack}, {@code email}; {@code ""} when not given
 */
public record SupportChannel(String channel, String url, String tool) {
  public SupportChannel {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(tool, "tool");
  }
}

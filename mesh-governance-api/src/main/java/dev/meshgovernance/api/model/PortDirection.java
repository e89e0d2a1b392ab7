package dev.meshgovernance.api.model;

/** Whether a port brings data into a product or publishes it. */
public enum PortDirection {
  /** Data the product consumes. */
  INPUT("inputPort"),
  /** Data the product publishes. */
  OUTPUT("outputPort");

  private final String pathSegment;

  PortDirection(String pathSegment) {
    this.pathSegment = pathSegment;
  }

  /** The word used in subject paths: {@code inputPort} or {@code outputPort}. */
  public String pathSegment() {
    return pathSegment;
  }
}

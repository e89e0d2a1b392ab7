package dev.meshgovernance.api.model;

import java.util.List;
import java.util.Map;

/**
 * What data products and data contracts have in common: they are documents a team publishes, with
 * an identity, a version, a status, a domain and an owner. Rules about ownership, versioning,
 * documentation or lifecycle judge both through this type.
 */
public sealed interface MetadataDocument extends Subject permits DataProduct, DataContract {

  /** The document's id. */
  String id();

  /** Its name, {@code ""} when not given. */
  String name();

  /** Its version as written. */
  String version();

  /** Its status, e.g. {@code active}, {@code deprecated}; {@code ""} when not given. */
  String status();

  /** Its domain, {@code ""} when not given. */
  String domain();

  /** Its description (the purpose), {@code ""} when not given. */
  String description();

  /** The owning team. */
  Team team();

  /** Its support channels. */
  List<SupportChannel> support();

  /** Its tags. */
  List<String> tags();

  /** Its custom properties, property → value. */
  Map<String, Object> customProperties();
}

package dev.meshgovernance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OriginTest {

  @Test
  void aSpanKeepsItsEndAndPrintsLikeThePointItStartsAt() {
    Origin span = Origin.span("q.sql", 3, 6, 3, 21);

    assertThat(span.hasEnd()).isTrue();
    assertThat(span.endLine()).isEqualTo(3);
    assertThat(span.endColumn()).isEqualTo(21);
    assertThat(span).hasToString("q.sql:3:6").hasToString(Origin.of("q.sql", 3, 6).toString());
    assertThat(span.withPointer("/a")).isEqualTo(new Origin("q.sql", 3, 6, "/a", 3, 21));
    assertThat(Origin.of("q.sql", 3, 6).hasEnd()).isFalse();
    assertThat(new Origin("q.sql", 3, 6, "")).isEqualTo(new Origin("q.sql", 3, 6, "", 0, 0));
    assertThat(Origin.span("q.sql", 3, 6, 4, 2).compareTo(span)).isPositive();
  }

  @Test
  void anEndBeforeItsStartIsRefused() {
    assertThatThrownBy(() -> Origin.span("q.sql", 3, 6, 3, 6)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Origin.span("q.sql", 3, 6, 2, 9)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Origin("q.sql", 3, 6, "", 0, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}

package org.liens.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The COPY text built on a second thread: the same text, in order, chunked by batch; a binder's failure handed over. */
class CopyTextProducerTest {

  @Test
  void theTextIsTheRowsInOrderAndEachBatchIsToldOnce() throws SQLException {
    List<Integer> rows = IntStream.range(0, 2_500).boxed().toList();
    CopyTextProducer<Integer> producer = new CopyTextProducer<>(rows, (args, n) -> args.number(n).text("row\t" + n),
        1_000, 4_096);
    StringBuilder text = new StringBuilder();
    List<Integer> told = new ArrayList<>();
    int chunks = 0;
    for (CopyTextProducer.Chunk chunk = producer.next(); chunk != null; chunk = producer.next()) {
      text.append(new String(chunk.bytes(), StandardCharsets.UTF_8));
      chunks++;
      if (chunk.rows() > 0) {
        told.add(chunk.rows());
      }
    }
    producer.stop();

    StringBuilder expected = new StringBuilder();
    rows.forEach(n -> expected.append(n).append("\trow\\t").append(n).append('\n'));
    assertThat(text.toString()).isEqualTo(expected.toString());
    assertThat(told).containsExactly(1_000, 1_000, 500);
    assertThat(chunks).as("chunks of about 4 KiB between the batches").isGreaterThan(3);
  }

  @Test
  void aBinderThatFailsFailsTheSenderWithItsExceptionAndTheThreadEnds() {
    List<Integer> rows = IntStream.range(0, 100_000).boxed().toList();
    IllegalStateException broken = new IllegalStateException("row 50000 cannot be written");
    CopyTextProducer<Integer> producer = new CopyTextProducer<>(rows, (args, n) -> {
      if (n == 50_000) {
        throw broken;
      }
      args.number(n);
    }, 1_000, 1_024);

    Throwable failure = catchThrowable(() -> {
      while (producer.next() != null) {
        // sends nothing
      }
    });
    producer.stop();

    assertThat(failure).isSameAs(broken);
  }

  @Test
  void aSenderThatStopsEarlyStopsTheBuilding() throws SQLException {
    List<Integer> rows = IntStream.range(0, 1_000_000).boxed().toList();
    CopyTextProducer<Integer> producer = new CopyTextProducer<>(rows, (args, n) -> args.number(n), 1_000, 1_024);

    assertThat(producer.next()).isNotNull();
    // returns only once the thread ended, blocked as it was on a full queue
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), producer::stop);
  }
}

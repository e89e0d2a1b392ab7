package dev.meshgovernance.core.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs recursive work (walks of deep ASTs) so that its outcome does not depend on the calling
 * thread's stack: on the calling thread first, and when that overflows, once more on a fresh thread
 * with a stack of {@link #STACK_SIZE} bytes (reserved, committed only as used), the caller waiting
 * for it. The task must be repeatable: its first run may have stopped anywhere.
 */
public final class LargeStack {

  /** The stack of the thread a task that overflowed the caller's stack runs on again. */
  public static final long STACK_SIZE = 512L * 1024 * 1024;

  private LargeStack() {}

  /**
   * The task's result, computed on a large stack if the calling thread's overflows.
   *
   * @throws StackOverflowError if the task overflows the large stack too
   */
  public static <T> T call(Supplier<T> task) {
    try {
      return task.get();
    } catch (StackOverflowError e) {
      return onLargeStack(task);
    }
  }

  private static <T> T onLargeStack(Supplier<T> task) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(task.get());
      } catch (RuntimeException | Error e) {
        failure.set(e);
      }
    }, "mesh-governance-large-stack", STACK_SIZE);
    thread.setDaemon(true);
    thread.start();
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (thrown instanceof Error error) {
      throw error;
    }
    return result.get();
  }
}

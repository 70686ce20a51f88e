package cefshell.internal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

/** Matching DevTools answers to callers, whichever comes first; nothing kept once it is settled. */
class DevToolsAnswersTest {
    @Test
    void anAnswerThatComesBeforeItsCallerIsKeptForIt() throws Exception {
        DevToolsAnswers answers = new DevToolsAnswers(60_000);
        answers.answer(7, true, "{\"result\":1}"); // JCEF's own client dropped this one
        CompletableFuture<String> claimed = answers.claim(7, 1_000);
        assertEquals("{\"result\":1}", claimed.get(1, TimeUnit.SECONDS));
        assertEquals(0, answers.size(), "a claimed answer is not kept");
    }

    @Test
    void aCallerThatComesFirstGetsTheAnswerWhenItArrives() throws Exception {
        DevToolsAnswers answers = new DevToolsAnswers(60_000);
        CompletableFuture<String> claimed = answers.claim(3, 1_000);
        CompletableFuture<String> other = answers.claim(4, 1_000);
        answers.answer(4, true, "four");
        answers.answer(3, true, "three");
        assertEquals("three", claimed.get(1, TimeUnit.SECONDS));
        assertEquals("four", other.get(1, TimeUnit.SECONDS));
        assertEquals(0, answers.size());
    }

    @Test
    void anErrorAnswerFailsTheCallWithTheProtocolsError() {
        DevToolsAnswers answers = new DevToolsAnswers(60_000);
        CompletableFuture<String> claimed = answers.claim(5, 1_000);
        answers.answer(5, false, "{\"code\":-32601,\"message\":\"'Nope.nope' wasn't found\"}");
        ExecutionException e = assertThrows(ExecutionException.class, () -> claimed.get(1, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().contains("-32601"), e.getCause().getMessage());
        assertEquals(0, answers.size());
    }

    @Test
    void aCallNeverAnsweredTimesOutAndIsForgotten() {
        DevToolsAnswers answers = new DevToolsAnswers(60_000);
        CompletableFuture<String> claimed = answers.claim(9, 50);
        ExecutionException e = assertThrows(ExecutionException.class, () -> claimed.get(5, TimeUnit.SECONDS));
        assertInstanceOf(TimeoutException.class, e.getCause());
        assertEquals(0, answers.size());
        answers.answer(9, true, "late"); // kept a while for a caller that will not come, then dropped
        assertEquals(1, answers.size());
    }

    @Test
    void anAnswerNobodyClaimsIsDroppedAfterAWhile() throws Exception {
        DevToolsAnswers answers = new DevToolsAnswers(50);
        answers.answer(11, true, "nobody asked");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (answers.size() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, answers.size());
    }

    @Test
    void closingThePageFailsTheCallsStillWaiting() {
        DevToolsAnswers answers = new DevToolsAnswers(60_000);
        CompletableFuture<String> claimed = answers.claim(2, 60_000);
        answers.failAll("the page closed before DevTools answered");
        ExecutionException e = assertThrows(ExecutionException.class, () -> claimed.get(1, TimeUnit.SECONDS));
        assertEquals("the page closed before DevTools answered", e.getCause().getMessage());
        assertEquals(0, answers.size());
    }
}

package io.claimscore.robustness;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.claimscore.robustness.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The function is stateless: 8 threads × 50 requests over a mix of articles (plain text, HTML, hostile text, client
 * errors) each get exactly the response, byte for byte, that one sequential call for the same body got.
 */
@QuarkusTest
class ConcurrencyTest {

    static final int THREADS = 8;
    static final int REQUESTS_PER_THREAD = 50;

    @TestHTTPResource("/score")
    URI score;

    static List<String> bodies() {
        String seed = Http.resource("/articles/seed-article.txt");
        return List.of(
                json("title", "North Korea finds ‘role’ in Ukraine war", "text", seed),
                json("text", seed.substring(0, seed.length() / 2)),
                json("html", "<html><body><h1>Storm hits coast</h1><p>“We are rebuilding,” the mayor said.</p>"
                        + "<p>Officials, citing a report, said 5% of homes were lost.</p></body></html>"),
                json("text", "Sources familiar with the matter said the deal collapsed. The ministry denied it."),
                json("text", "😀 The 𝐦𝐢𝐧𝐢𝐬𝐭𝐞𝐫 said “🚀 rose 𝟓𝟎%”.\uD800 قال الوزير إن \"الأسعار ارتفعت\"."),
                json("text", "Prices rose 12% last year, according to Reuters, citing officials."),
                json("text", ""),
                "{\"text\": 42}",
                "{\"text\": \"unterminated");
    }

    @Test
    void concurrentRequestsGetTheSequentialResponse() throws Exception {
        List<String> bodies = bodies();
        List<Http.Reply> expected = new ArrayList<>();
        for (String body : bodies) {
            expected.add(Http.post(score, body));
        }
        assertTrue(expected.stream().anyMatch(r -> r.status() == 200));
        assertTrue(expected.stream().anyMatch(r -> r.status() == 400));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                        int k = (thread * 7 + i) % bodies.size();
                        Http.Reply r = Http.post(score, bodies.get(k));
                        Http.Reply want = expected.get(k);
                        assertEquals(want.status(), r.status(), "article " + k + " status");
                        assertEquals(want.body(), r.body(), "article " + k + " body differs under concurrency");
                        checked++;
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> f : futures) {
                total += f.get(5, TimeUnit.MINUTES);
            }
            assertEquals(THREADS * REQUESTS_PER_THREAD, total);
        } finally {
            pool.shutdownNow();
        }
    }
}

package dk.vaerksted.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.timer.Countdown;
import dk.vaerksted.security.LoopbackOnly;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A table's page in a real browser (Debian's Chromium, headless, 390 × 844 like a phone): typing
 * a note key by key, with script and without, live updates, the countdown, the outbox when the
 * laptop is out of reach, and what a screen reader and a zoomed page need.
 */
@ExtendWith(LoopbackOnly.class)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BrowserTest {
    static final String NOTE = "Vi deler udkast tidligt – æøå ÆØÅ & <b>fed</b>?";

    @TempDir
    Path dir;

    @BeforeAll
    static void browserIsThere() {
        assumeTrue(Chrome.available() || System.getenv("CI") != null,
                "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    }

    /** Completes when the model's session passes the test (checked on every change). */
    private static CompletableFuture<Session> when(RoomModel model, Predicate<Session> test) {
        CompletableFuture<Session> f = new CompletableFuture<>();
        RoomModel.Subscription[] sub = new RoomModel.Subscription[1];
        Runnable check = () -> {
            Session s = model.session();
            if (test.test(s)) {
                f.complete(s);
            }
        };
        sub[0] = model.subscribe(check);
        check.run();
        f.whenComplete((s, e) -> sub[0].close());
        return f;
    }

    private static void typeKeyByKey(WebElement field, String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            field.sendKeys(new String(Character.toChars(cp)));
            i += Character.charCount(cp);
        }
    }

    private static WebDriverWait waiting(Chrome chrome) {
        return new WebDriverWait(chrome.driver, Duration.ofSeconds(20));
    }

    /** The texts of a list's notes, read in one go (the page may redraw the list at any moment). */
    @SuppressWarnings("unchecked")
    private static List<String> noteTexts(Chrome chrome, String list) {
        return (List<String>) chrome.driver.executeScript("return Array.prototype.map.call(document.querySelectorAll("
                + "arguments[0]), function (e) { return e.textContent; });",
                "ul[data-list='" + list + "'] li .note-text");
    }

    @Test
    void aNoteTypedKeyByKeyAppearsAndIsInTheModelAndTheFile() throws Exception {
        try (RoomFixture room = new RoomFixture(Sessions.SMALL, dir); Chrome chrome = new Chrome(390, 844, true)) {
            chrome.driver.get(room.link("bord-1"));
            assertThat(chrome.driver.getTitle()).isEqualTo("Bord 1 · Værksted");
            WebElement field = chrome.driver.findElement(By.id("text"));
            waiting(chrome).until(d -> !d.findElement(By.id("conn")).getText().isEmpty());
            CompletableFuture<Session> inModel = when(room.model,
                    s -> Sessions.tableNotes(s, "bord-1").stream().anyMatch(n -> n.text().equals(NOTE)));
            typeKeyByKey(field, NOTE);
            assertThat(field.getAttribute("value")).isEqualTo(NOTE);
            chrome.driver.findElement(By.cssSelector("form[data-key='n'] button[type='submit']")).click();
            Session s = inModel.get(20, TimeUnit.SECONDS);
            waiting(chrome).until(d -> noteTexts(chrome, "n").contains(NOTE));
            // The script sent it: the page was not left.
            assertThat(chrome.driver.getCurrentUrl()).isEqualTo(room.link("bord-1"));
            assertThat(field.getAttribute("value")).isEmpty();
            assertThat(Sessions.tableNotes(s, "bord-1")).singleElement().satisfies(n -> {
                assertThat(n.text()).isEqualTo(NOTE);
                assertThat(n.clientId()).matches("[A-Za-z0-9_-]{22}");
            });
            Session onDisk = room.savedWhere(x -> !Sessions.tableNotes(x, "bord-1").isEmpty(), Duration.ofSeconds(1));
            assertThat(onDisk).as("in the file within a second of the model").isNotNull();
            waiting(chrome).until(ExpectedConditions.textToBe(By.id("live"), "Jeres note er gemt."));
            assertThat(chrome.driver.findElement(By.id("notes-h")).getText()).isEqualTo("Jeres noter (1)");
            // Nothing but this server's own files was loaded, and nothing broke the page's policy.
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) chrome.driver.executeScript(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
            assertThat(loaded).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith(room.base() + "/"));
            assertThat(chrome.consoleErrors()).isEmpty();
            // Another phone at the table adds a note: it shows here by itself and is announced.
            room.post(room.link("bord-1"), Map.of("text", "Fra en anden telefon", "id", "other-phone-1"), true);
            waiting(chrome).until(d -> noteTexts(chrome, "n").contains("Fra en anden telefon"));
            waiting(chrome).until(ExpectedConditions.textToBe(By.id("live"), "En ny note fra jeres bord."));
            assertThat(noteTexts(chrome, "n")).containsExactly("Fra en anden telefon", NOTE);
            assertThat(Sessions.tableNotes(room.session(), "bord-1")).hasSize(2);
        }
    }

    @Test
    void withoutScriptThePlainFormsDoEverything() throws Exception {
        try (RoomFixture room = new RoomFixture(Sessions.SMALL, dir); Chrome chrome = new Chrome(390, 844, false)) {
            chrome.driver.get(room.link("bord-2"));
            assertThat(chrome.driver.findElement(By.id("conn")).getText()).isEmpty();
            WebElement field = chrome.driver.findElement(By.id("text"));
            typeKeyByKey(field, NOTE);
            chrome.driver.findElement(By.cssSelector("form[data-key='n'] button[type='submit']")).click();
            waiting(chrome).until(ExpectedConditions.urlToBe(room.link("bord-2") + "?sent"));
            assertThat(chrome.driver.findElement(By.id("notice")).getText()).isEqualTo("Noten er gemt.");
            assertThat(noteTexts(chrome, "n")).containsExactly(NOTE);
            assertThat(Sessions.tableNotes(room.session(), "bord-2")).extracting(Note::text).containsExactly(NOTE);
            // Correct it on its own page.
            chrome.driver.findElement(By.cssSelector("ul[data-list='n'] li a.note-edit")).click();
            WebElement edit = chrome.driver.findElement(By.id("text"));
            assertThat(edit.getAttribute("value")).isEqualTo(NOTE);
            edit.sendKeys(Keys.END);
            typeKeyByKey(edit, " Rettet på siden.");
            chrome.driver.findElement(By.cssSelector("form.note-form button[type='submit']")).click();
            waiting(chrome).until(ExpectedConditions.urlToBe(room.link("bord-2") + "?saved"));
            assertThat(noteTexts(chrome, "n")).containsExactly(NOTE + " Rettet på siden.");
            assertThat(Sessions.tableNotes(room.session(), "bord-2")).extracting(Note::text)
                    .containsExactly(NOTE + " Rettet på siden.");
            // And delete it.
            chrome.driver.findElement(By.cssSelector("ul[data-list='n'] li a.note-edit")).click();
            chrome.driver.findElement(By.cssSelector("form.delete-form button")).click();
            waiting(chrome).until(ExpectedConditions.urlToBe(room.link("bord-2") + "?deleted"));
            assertThat(noteTexts(chrome, "n")).isEmpty();
            assertThat(Sessions.tableNotes(room.session(), "bord-2")).isEmpty();
        }
    }

    @Test
    void aNoteWrittenWhileTheLaptopIsAwayIsKeptAndSentOnceWhenItIsBack() throws Exception {
        try (RoomFixture room = new RoomFixture(Sessions.SMALL, dir); Chrome chrome = new Chrome(390, 844, true)) {
            chrome.driver.get(room.link("bord-3"));
            waiting(chrome).until(ExpectedConditions.textToBe(By.id("conn"),
                    "Forbundet med facilitatorens computer."));
            int port = room.room.server().port();
            room.room.stop();
            waiting(chrome).until(d -> d.findElement(By.id("conn")).getText().startsWith("Ingen forbindelse"));
            // Typing is kept in the browser as it happens.
            WebElement field = chrome.driver.findElement(By.id("text"));
            typeKeyByKey(field, "Skrevet uden forbindelse ø");
            assertThat(chrome.driver.executeScript("return localStorage.getItem(arguments[0]);",
                    "vaerksted:/t/" + room.token("bord-3") + ":draft:n")).isEqualTo("Skrevet uden forbindelse ø");
            chrome.driver.findElement(By.cssSelector("form[data-key='n'] button[type='submit']")).click();
            waiting(chrome).until(d -> !d.findElements(By.cssSelector("ul[data-list='n'] li.pending")).isEmpty());
            waiting(chrome).until(d -> d.findElement(By.id("conn")).getText().contains("Én note venter"));
            assertThat((String) chrome.driver.executeScript("return localStorage.getItem(arguments[0]);",
                    "vaerksted:/t/" + room.token("bord-3") + ":outbox")).contains("Skrevet uden forbindelse ø");
            CompletableFuture<Session> arrived = when(room.model, s -> !Sessions.tableNotes(s, "bord-3").isEmpty());
            Room again = Room.open(room.model, Room.Options.defaults()
                    .withAddress(InetAddress.getByName("127.0.0.1")).withPort(port));
            try {
                Session s = arrived.get(30, TimeUnit.SECONDS);
                assertThat(Sessions.tableNotes(s, "bord-3")).extracting(Note::text)
                        .containsExactly("Skrevet uden forbindelse ø");
                waiting(chrome).until(d -> d.findElements(By.cssSelector("ul[data-list='n'] li.pending")).isEmpty()
                        && noteTexts(chrome, "n").contains("Skrevet uden forbindelse ø"));
                assertThat(chrome.driver.executeScript("return localStorage.getItem(arguments[0]);",
                        "vaerksted:/t/" + room.token("bord-3") + ":outbox")).isNull();
                assertThat(Sessions.tableNotes(room.session(), "bord-3")).hasSize(1);
            } finally {
                again.stop();
            }
        }
    }

    /** A room whose session belongs to {@code owner}'s thread, as in the app (where a step can run). */
    private static ConfinedRoomModel confined(Session base, ExecutorService owner) {
        Session[] current = {base};
        return new ConfinedRoomModel(owner, () -> false, new ConfinedRoomModel.Owner() {
            @Override
            public Session current() {
                return current[0];
            }

            @Override
            public void replace(Session next) {
                current[0] = next;
            }
        }, base, Duration.ofSeconds(5));
    }

    private static Session openSmall() {
        return RoomEdits.open(null, "127.0.0.1", 0, Tokens.source()).apply(Sessions.read(Sessions.SMALL)).session();
    }

    private static Room openOn(RoomModel model, int port) throws Exception {
        return Room.open(model, Room.Options.defaults().withAddress(InetAddress.getByName("127.0.0.1")).withPort(port));
    }

    @Test
    void theRunningStepAndItsCountdownShowLive() throws Exception {
        Session base = openSmall();
        ExecutorService owner = Executors.newSingleThreadExecutor();
        ConfinedRoomModel model = confined(base, owner);
        Room room = openOn(model, 0);
        try (Chrome chrome = new Chrome(390, 844, true)) {
            String link = room.links().get(0).link();
            chrome.driver.get(link);
            assertThat(chrome.driver.findElement(By.id("step")).getText()).isEqualTo(
                    "Der kører ikke noget trin lige nu.");
            var e = base.exercises().get(0);
            model.runningChanged(new Running(e.id(), "tal", 1, 2, "Tal om", e.steps().get(1).prompt(),
                    Countdown.State.RUNNING, 462_000L, 18_000L, 60_000L, System.nanoTime()));
            waiting(chrome).until(ExpectedConditions.textToBe(By.id("step"), "Trin 2 af 2 · Tal om"));
            waiting(chrome).until(ExpectedConditions.textToBe(By.id("live"), "Nu: Trin 2 af 2 · Tal om"));
            assertThat(chrome.driver.findElement(By.id("prompt")).getText()).isEqualTo(e.steps().get(1).prompt());
            String first = chrome.driver.findElement(By.id("clock")).getText();
            assertThat(first).matches("07:[0-4]\\d");
            waiting(chrome).until(d -> !d.findElement(By.id("clock")).getText().equals(first));
            model.runningChanged(new Running(e.id(), "tal", 1, 2, "Tal om", e.steps().get(1).prompt(),
                    Countdown.State.PAUSED, 42_000L, 438_000L, 60_000L, System.nanoTime()));
            waiting(chrome).until(ExpectedConditions.textToBe(By.id("stage"), "Sat på pause"));
            assertThat(chrome.driver.findElement(By.id("clock")).getText()).isEqualTo("00:42");
            // A note now goes under the running step, through the owner's thread.
            chrome.driver.findElement(By.id("text")).sendKeys("Under trinnet");
            chrome.driver.findElement(By.cssSelector("form[data-key='n'] button[type='submit']")).click();
            waiting(chrome).until(d -> noteTexts(chrome, "n").contains("Under trinnet"));
            assertThat(Sessions.allTableNotes(model.session())).singleElement().extracting(Note::stepId)
                    .isEqualTo("tal");
            // The exercise ends: the page says so, not its last step paused.
            model.runningChanged(Running.ended(e.id(), System.nanoTime()));
            waiting(chrome).until(ExpectedConditions.textToBe(By.id("step"),
                    "Øvelsen er slut. Jeres noter er hos facilitatoren."));
            assertThat(chrome.driver.findElement(By.id("clock-line")).isDisplayed()).isFalse();
            chrome.driver.navigate().refresh();
            assertThat(chrome.driver.findElement(By.id("step")).getText())
                    .isEqualTo("Øvelsen er slut. Jeres noter er hos facilitatoren.");
        } finally {
            room.close();
            owner.shutdown();
        }
    }

    @Test
    void anEndedExerciseTakesNoNewNoteButDeliversTheOutboxAndIsWritableAgainWhenTakenUp() throws Exception {
        Session base = openSmall();
        var e = base.exercises().get(0);
        ExecutorService owner = Executors.newSingleThreadExecutor();
        ConfinedRoomModel model = confined(base, owner);
        model.runningChanged(new Running(e.id(), "tal", 1, 2, "Tal om", e.steps().get(1).prompt(),
                Countdown.State.RUNNING, 462_000L, 18_000L, 60_000L, System.nanoTime()));
        Room room = openOn(model, 0);
        int port = room.server().port();
        String link = room.links().get(0).link();
        try (Chrome chrome = new Chrome(390, 844, true); Chrome plain = new Chrome(390, 844, false)) {
            chrome.driver.get(link);
            plain.driver.get(link);
            waiting(chrome).until(ExpectedConditions.textToBe(By.id("conn"),
                    "Forbundet med facilitatorens computer."));
            // The laptop is out of reach; a note written now waits in the page's outbox.
            room.stop();
            waiting(chrome).until(d -> d.findElement(By.id("conn")).getText().startsWith("Ingen forbindelse"));
            typeKeyByKey(chrome.driver.findElement(By.id("text")), "Skrevet lige før slut");
            chrome.driver.findElement(By.cssSelector("form[data-key='n'] button[type='submit']")).click();
            waiting(chrome).until(d -> !d.findElements(By.cssSelector("ul[data-list='n'] li.pending")).isEmpty());
            // Meanwhile the facilitator ends the exercise; the laptop comes back.
            model.runningChanged(Running.ended(e.id(), System.nanoTime()));
            CompletableFuture<Session> arrived = when(model, x -> !Sessions.allTableNotes(x).isEmpty());
            room = openOn(model, port);
            Session s = arrived.get(30, TimeUnit.SECONDS);
            assertThat(Sessions.allTableNotes(s)).extracting(Note::text).containsExactly("Skrevet lige før slut");
            // The page says the exercise is over and has no field and no Send any more; the note is in its list.
            waiting(chrome).until(d -> d.findElements(By.id("text")).isEmpty()
                    && noteTexts(chrome, "n").contains("Skrevet lige før slut")
                    && d.findElements(By.cssSelector("ul[data-list='n'] li.pending")).isEmpty());
            assertThat(chrome.driver.findElement(By.id("step")).getText())
                    .isEqualTo("Øvelsen er slut. Jeres noter er hos facilitatoren.");
            assertThat(chrome.driver.findElement(By.id("ended")).getText())
                    .isEqualTo("Der kan ikke skrives flere noter til denne øvelse.");
            assertThat(chrome.driver.findElements(By.cssSelector("form[data-key='n']"))).isEmpty();

            // A page without script, opened before the end, still shows its field: what is sent is
            // refused with the reason, and the text stays on the page.
            typeKeyByKey(plain.driver.findElement(By.id("text")), "Skrevet efter slut");
            plain.driver.findElement(By.cssSelector("form[data-key='n'] button[type='submit']")).click();
            waiting(plain).until(d -> !d.findElements(By.id("kept")).isEmpty()
                    && d.findElement(By.id("kept")).isDisplayed());
            assertThat(plain.driver.findElement(By.id("notice")).getText()).contains("Noten blev ikke gemt",
                    "Øvelsen er slut, så facilitatoren tager ikke imod flere noter til den.");
            assertThat(plain.driver.findElement(By.cssSelector("#kept-list .note-text")).getText())
                    .isEqualTo("Skrevet efter slut");
            assertThat(plain.driver.findElements(By.id("text"))).isEmpty();
            // A note the outbox holds without its page's stamp (the page was drawn before this
            // version) is refused too, and shown among the kept texts instead of being dropped.
            chrome.driver.executeScript("localStorage.setItem(arguments[0], JSON.stringify([{id: 'old-page-00001',"
                    + " key: 'n', prompt: null, text: 'Fra en gammel side'}]));",
                    "vaerksted:" + java.net.URI.create(link).getPath() + ":outbox");
            chrome.driver.navigate().refresh();
            waiting(chrome).until(d -> d.findElement(By.id("kept")).isDisplayed());
            assertThat(chrome.driver.findElement(By.cssSelector("#kept-list .note-text")).getText())
                    .isEqualTo("Fra en gammel side");
            assertThat(chrome.driver.findElement(By.id("kept-why")).getText())
                    .startsWith("Øvelsen er slut, så facilitatoren tager ikke imod flere noter til den.");
            assertThat(Sessions.allTableNotes(model.session())).extracting(Note::text)
                    .containsExactly("Skrevet lige før slut");
            chrome.driver.findElement(By.cssSelector("#kept-list button")).click();
            waiting(chrome).until(d -> !d.findElement(By.id("kept")).isDisplayed());

            // The facilitator takes the exercise up again (Tilbage): the field is back and notes are taken.
            model.runningChanged(new Running(e.id(), "tal", 1, 2, "Tal om", e.steps().get(1).prompt(),
                    Countdown.State.PAUSED, 60_000L, 400_000L, 60_000L, System.nanoTime()));
            waiting(chrome).until(d -> !d.findElements(By.id("text")).isEmpty());
            typeKeyByKey(chrome.driver.findElement(By.id("text")), "Igen åben");
            chrome.driver.findElement(By.cssSelector("form[data-key='n'] button[type='submit']")).click();
            waiting(chrome).until(d -> noteTexts(chrome, "n").contains("Igen åben")
                    && d.findElements(By.cssSelector("ul[data-list='n'] li.pending")).isEmpty());
            assertThat(Sessions.allTableNotes(model.session())).extracting(Note::text)
                    .containsExactlyInAnyOrder("Skrevet lige før slut", "Igen åben");
            // The browser logs the sends the laptop did not answer or refused; the script broke nowhere.
            assertThat(chrome.consoleErrors()).allMatch(x -> x.contains("Failed to load resource"));
        } finally {
            room.close();
            owner.shutdown();
        }
    }

    @Test
    void thePageServesAScreenReaderAKeyboardAndA200PercentZoom() throws Exception {
        try (RoomFixture room = new RoomFixture(Sessions.SMALL, dir); Chrome chrome = new Chrome(390, 844, true)) {
            room.post(room.link("bord-1"), Map.of("text", "En note at rette", "id", "a11y-0000001"), false);
            chrome.driver.get(room.link("bord-1"));
            var d = chrome.driver;
            assertThat(d.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
            assertThat(d.findElements(By.tagName("h1"))).hasSize(1);
            for (WebElement field : d.findElements(By.cssSelector("textarea, input:not([type=hidden])"))) {
                String id = field.getAttribute("id");
                assertThat(d.findElements(By.cssSelector("label[for='" + id + "']"))).as(id).hasSize(1);
            }
            assertThat(d.findElement(By.id("conn")).getAttribute("role")).isEqualTo("status");
            assertThat(d.findElement(By.id("live")).getAttribute("aria-live")).isEqualTo("polite");
            assertThat(d.findElement(By.cssSelector("a.note-edit")).getAttribute("aria-label"))
                    .isEqualTo("Ret eller slet noten: En note at rette");
            // Focus order from the top of a fresh page: the skip link, the note field, its button, the note's edit link.
            d.navigate().refresh();
            List<String> order = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                new org.openqa.selenium.interactions.Actions(d).sendKeys(Keys.TAB).perform();
                WebElement f = d.switchTo().activeElement();
                order.add(f.getTagName() + "." + f.getAttribute("class") + "#" + f.getAttribute("id"));
            }
            assertThat(order).containsExactly("a.skip#", "textarea.#text", "button.#", "a.note-edit#");
            // Contrast of every piece of text against what is behind it (WCAG 2.2 AA).
            @SuppressWarnings("unchecked")
            List<List<Object>> texts = (List<List<Object>>) d.executeScript(CONTRAST_SCRIPT);
            assertThat(texts).isNotEmpty();
            for (List<Object> t : texts) {
                double ratio = contrast(rgb((String) t.get(1)), rgb((String) t.get(2)));
                double size = ((Number) t.get(3)).doubleValue();
                boolean bold = ((Number) t.get(4)).intValue() >= 700;
                double needed = size >= 24 || (bold && size >= 18.66) ? 3.0 : 4.5;
                assertThat(ratio).as(t.get(0) + " " + t.get(1) + " on " + t.get(2)).isGreaterThanOrEqualTo(needed);
            }
            // At 200 % text nothing needs sideways scrolling and the send button is still there.
            d.executeScript("document.documentElement.style.fontSize = '200%';");
            Number scroll = (Number) d.executeScript("return document.documentElement.scrollWidth;");
            Number width = (Number) d.executeScript("return document.documentElement.clientWidth;");
            assertThat(scroll.intValue()).isLessThanOrEqualTo(width.intValue());
            assertThat(d.findElement(By.cssSelector("form[data-key='n'] button")).isDisplayed()).isTrue();
            Number buttonHeight = (Number) d.executeScript(
                    "return document.querySelector('form[data-key=n] button').getBoundingClientRect().height;");
            assertThat(buttonHeight.doubleValue()).isGreaterThanOrEqualTo(44);
            assertThat(chrome.consoleErrors()).isEmpty();
        }
    }

    /** [element, colour, background behind it, font size px, weight] of every element with its own text. */
    private static final String CONTRAST_SCRIPT = """
            var out = [];
            function bg(el) {
              while (el) {
                var c = getComputedStyle(el).backgroundColor;
                if (c && c !== 'transparent' && !/rgba\\(.*,\\s*0\\)$/.test(c)) { return c; }
                el = el.parentElement;
              }
              return 'rgb(255, 255, 255)';
            }
            document.querySelectorAll('body *').forEach(function (el) {
              var own = Array.prototype.some.call(el.childNodes, function (n) {
                return n.nodeType === 3 && n.textContent.trim() !== '';
              });
              var r = el.getBoundingClientRect();
              if (!own || r.width === 0 || r.height === 0 || el.closest('.sr-only') || el.closest('.skip')) { return; }
              var s = getComputedStyle(el);
              out.push([el.tagName + '.' + el.className, s.color, bg(el), parseFloat(s.fontSize), parseInt(s.fontWeight, 10)]);
            });
            return out;
            """;

    private static double[] rgb(String css) {
        String[] p = css.replaceAll("[^0-9.,]", "").split(",");
        return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2])};
    }

    private static double luminance(double[] c) {
        double[] l = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = c[i] / 255;
            l[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }

    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}

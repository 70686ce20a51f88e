package cefshell.internal.guest;

import com.google.gson.Gson;

/**
 * Electron's {@code insertCSS} / {@code removeInsertedCSS} for a guest's document, as scripts run in it: each sheet
 * is a constructed stylesheet adopted by the document, so it adds no element the page could see or remove and needs
 * no {@code style-src} permission; the document keeps them by key, under a symbol, until it is replaced.
 */
final class InsertedCss {
    private static final Gson GSON = new Gson();
    private static final String SHEETS = "(document[Symbol.for('cefshell.insertedCSS')] ??= new Map())";

    private InsertedCss() {
    }

    static String insert(String key, String css) {
        return "(() => { const s = new CSSStyleSheet(); s.replaceSync(" + GSON.toJson(css) + "); " + SHEETS + ".set("
                + GSON.toJson(key) + ", s); document.adoptedStyleSheets = [...document.adoptedStyleSheets, s]; })()";
    }

    static String remove(String key) {
        return "(() => { const m = " + SHEETS + ", s = m.get(" + GSON.toJson(key) + "); m.delete(" + GSON.toJson(key)
                + "); if (s) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== s); })()";
    }
}

package cefshell.internal.ipc.transport;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.cef.callback.CefJSDialogCallback;
import org.cef.handler.CefJSDialogHandler.JSDialogType;
import org.cef.misc.BoolRef;
import org.junit.jupiter.api.Test;

import cefshell.internal.ipc.Pages;
import cefshell.internal.ipc.WireNames;

/** The page's own dialogs never reach IPC: the handler declines them and CEF shows them as usual. */
class PromptTransportTest {
    private final PromptTransport prompts = new PromptTransport(new Pages(), null, new SyncResults());
    private final CefJSDialogCallback untouched = (ok, text) -> {
        throw new AssertionError("a real dialog was answered: " + text);
    };

    @Test
    void aRealPromptIsLeftToCef() {
        assertFalse(prompts.onJSDialog(null, "app://x/", JSDialogType.JSDIALOGTYPE_PROMPT, "Your name?", "", untouched,
                new BoolRef()));
    }

    @Test
    void alertsAndConfirmsAreLeftToCefEvenWithTheMarker() {
        String text = WireNames.PROMPT_MARKER + "{\"d\":\"abc\",\"s\":1,\"m\":[]}";
        assertFalse(prompts.onJSDialog(null, "app://x/", JSDialogType.JSDIALOGTYPE_ALERT, text, "", untouched, new BoolRef()));
        assertFalse(prompts.onJSDialog(null, "app://x/", JSDialogType.JSDIALOGTYPE_CONFIRM, text, "", untouched, new BoolRef()));
    }

    @Test
    void aPromptThatOnlyContainsTheMarkerLaterIsLeftToCef() {
        assertFalse(prompts.onJSDialog(null, "app://x/", JSDialogType.JSDIALOGTYPE_PROMPT, "say " + WireNames.PROMPT_MARKER,
                "", untouched, new BoolRef()));
    }
}

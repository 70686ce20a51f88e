package cefshell.internal.scheme;

/** Reason phrases for the statuses the app scheme answers with. */
final class StatusTexts {
    private StatusTexts() {
    }

    static String of(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 500 -> "Internal Server Error";
            default -> "";
        };
    }
}

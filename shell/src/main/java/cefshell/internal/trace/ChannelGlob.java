package cefshell.internal.trace;

import java.util.regex.Pattern;

/** A channel filter: {@code *} any run of characters, {@code ?} one character, the rest literal; commas separate alternatives. */
final class ChannelGlob {
    private final Pattern pattern;

    ChannelGlob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String alternative : glob.split(",")) {
            regex.append(regex.length() == 0 ? "" : "|");
            for (char c : alternative.strip().toCharArray()) {
                regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
            }
        }
        this.pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    boolean matches(String channel) {
        return channel != null && pattern.matcher(channel).matches();
    }
}

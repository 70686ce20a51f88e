package cefshell.internal.codec;

import java.util.List;

/**
 * Canonical encodings shared with bridge-js/src/test/js/codec.test.js (CANONICAL there): decoding one and
 * encoding the result again must give the same text byte for byte, in Java and in JavaScript. Keep both lists equal.
 */
final class WireFixtures {

    static final List<String> CANONICAL = List.of(
            "[1,\"a\",null,true,false]",
            "{\"$\":\"u\"}",
            "{\"$\":\"num\",\"v\":\"NaN\"}",
            "{\"$\":\"num\",\"v\":\"Infinity\"}",
            "{\"$\":\"num\",\"v\":\"-Infinity\"}",
            "{\"$\":\"num\",\"v\":\"-0\"}",
            "[0.1,-7,123.456,9007199254740991,-0.5]",
            "{\"$\":\"big\",\"v\":\"-123456789012345678901234567890\"}",
            "{\"$\":\"arr\",\"len\":5,\"v\":[[1,\"x\"],[3,{\"$\":\"u\"}]]}",
            "{\"$\":\"obj\",\"v\":{\"$\":\"dollar\",\"a\":{\"$\":\"obj\",\"v\":{\"$\":1}}}}",
            "{\"2\":\"two\",\"10\":\"ten\",\"b\":\"bee\",\"a\":[]}",
            "{\"$\":\"date\",\"v\":1700000000000}",
            "{\"$\":\"re\",\"src\":\"^a+\\\\/$\",\"fl\":\"gimsuy\"}",
            "{\"$\":\"map\",\"v\":[[\"k\",1],[{\"$\":\"num\",\"v\":\"NaN\"},[2]],[[],{\"$\":\"ref\",\"v\":2}]]}",
            "{\"$\":\"set\",\"v\":[\"a\",1,{\"$\":\"u\"},{\"x\":{\"$\":\"ref\",\"v\":0}}]}",
            "{\"$\":\"ab\",\"b64\":\"AAEC/w==\"}",
            "{\"$\":\"ta\",\"k\":\"Int8Array\",\"b64\":\"gAB/\"}",
            "{\"$\":\"ta\",\"k\":\"Uint8Array\",\"b64\":\"AQID\"}",
            "{\"$\":\"ta\",\"k\":\"Uint8ClampedArray\",\"b64\":\"AP8=\"}",
            "{\"$\":\"ta\",\"k\":\"Int16Array\",\"b64\":\"AIABAP9/\"}",
            "{\"$\":\"ta\",\"k\":\"Uint16Array\",\"b64\":\"AAD//w==\"}",
            "{\"$\":\"ta\",\"k\":\"Int32Array\",\"b64\":\"AAAAgP///38=\"}",
            "{\"$\":\"ta\",\"k\":\"Uint32Array\",\"b64\":\"AAAAAP////8=\"}",
            "{\"$\":\"ta\",\"k\":\"Float32Array\",\"b64\":\"AADAPw==\"}",
            "{\"$\":\"ta\",\"k\":\"Float64Array\",\"b64\":\"AAAAAAAA8D8=\"}",
            "{\"$\":\"ta\",\"k\":\"BigInt64Array\",\"b64\":\"AAAAAAAAAIA=\"}",
            "{\"$\":\"ta\",\"k\":\"BigUint64Array\",\"b64\":\"//////////8=\"}",
            "{\"$\":\"ta\",\"k\":\"DataView\",\"b64\":\"AQI=\"}",
            "{\"$\":\"err\",\"n\":\"TypeError\",\"m\":\"bad\",\"st\":\"TypeError: bad\\n    at x (y.js:1:2)\"}",
            "{\"$\":\"err\",\"n\":\"Error\",\"m\":\"\",\"st\":null}",
            "[{\"a\":[]},{\"$\":\"ref\",\"v\":1},{\"$\":\"ref\",\"v\":0},{\"$\":\"ref\",\"v\":2}]",
            "{\"self\":{\"$\":\"ref\",\"v\":0},\"list\":[{\"$\":\"ref\",\"v\":1}],\"d\":{\"$\":\"date\",\"v\":0},\"again\":{\"$\":\"ref\",\"v\":2}}",
            "\"\\ud800x\\udfff\\u0000\\n\"",
            "{\"\\udc00\":\"\\ud83d\",\"é\":\"😀\"}"
    );

    private WireFixtures() {
    }
}

"""The XSS corpus of ``tests/test_xss_corpus.py``: what a member might type
into any field to make a page (or an e-mail) run something.

Script tags, event handlers, ``javascript:``/``data:``/``vbscript:`` URLs
with entity, case and whitespace tricks, SVG and MathML, ``<style>``,
``<iframe>``, ``<object>``, ``<embed>``, ``<base>``, ``<meta>``, attribute
breaking quotes, template syntax, unicode tricks, markdown-ish links, very
long input and null bytes.
"""

PAYLOADS = [
    # script tags
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<script/xss src=//evil.example/x.js></script>",
    "<<script>alert(1);//<</script>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<script>/*</script><img src=x onerror=alert(1)>*/</script>",
    # event handlers
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=x OnErRoR=alert(1)>",
    "<img src=x onerror\t=\talert(1)>",
    '<img src="x" onerror="alert(1)"/>',
    "<img/src=x/onerror=alert(1)>",
    "<body onload=alert(1)>",
    "<div onmouseover='alert(1)'>hover me</div>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<audio src=x onerror=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<p onclick=alert(1)>click</p>",
    "<a href=https://example.org onclick=alert(1)>link</a>",
    # URLs with schemes that run or embed
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="  javascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="jav\tascript:alert(1)">x</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="&#x6A;avascript&colon;alert(1)">x</a>',
    '<a href="javascript&#58;alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="DATA:text/html,<script>alert(1)</script>">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="VBScript:msgbox(1)">x</a>',
    '<img src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<button formaction="javascript:alert(1)">go</button>',
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    # SVG and MathML
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    '<svg><set attributeName="href" to="javascript:alert(1)"/></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<math href="javascript:alert(1)">x</math>',
    '<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>',
    # style, frames, objects, base, meta
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<div style="background-image:url(javascript:alert(1))">x</div>',
    '<p style="x:expression(alert(1))">x</p>',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<iframe src="https://evil.example/"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<template><script>alert(1)</script></template>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    # breaking out of attributes and quotes
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus='",
    '"/><svg onload=alert(1)>',
    "`onmouseover=alert(1)`",
    '<a href="https://example.org/"onclick="alert(1)">x</a>',
    # comments and CDATA
    "<!--<img src=x onerror=alert(1)>-->",
    "<!--><script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    # template syntax (never evaluated)
    "{{ request.user.password }}",
    "{% debug %}",
    "{% load static %}{% static 'x' %}",
    "{{7*7}} ${7*7} #{7*7} <%= 7*7 %>",
    "{{ constructor.constructor('alert(1)')() }}",
    # unicode tricks
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "\u202eevil.exe\u202dtxt.pdf",
    "<scr\u200bipt>alert(1)</scr\u200bipt>",
    '<a href="java\u0000script:alert(1)">x</a>',
    "\ufeff<script>alert(1)</script>",
    "<img src=x one\u0000rror=alert(1)>",
    "\u0131\u0307<script>alert(1)</script>",
    # markdown-ish links
    "[click](javascript:alert(1))",
    "[click](data:text/html,<script>alert(1)</script>)",
    "![x](javascript:alert(1))",
    '<https://example.org/"onmouseover="alert(1)>',
    'www.example.org/"><script>alert(1)</script>',
    "https://example.org/?q=<script>alert(1)</script>",
    # null bytes and very long input
    "abc\x00<script>alert(1)</script>",
    "\x00",
    "<script>" + "A" * 30000 + "</script>",
    "<img src=x onerror=alert(1)>" * 400,
]

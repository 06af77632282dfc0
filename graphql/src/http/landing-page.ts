import type { ApolloServerPlugin } from '@apollo/server';

const EXAMPLE = `query Ballard {
  series(slug: "ballard") {
    title
    status
    cast(first: 5) { nodes { person { name } roles { character } } }
    news(first: 3) { nodes { headline publishedAt } }
  }
}`;

/**
 * A self-contained page (no CDN: this API may run where nothing can be downloaded) with an editor
 * that posts to this endpoint. Shown in development, or when introspection is enabled.
 */
const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Showrunner GraphQL</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem;max-width:70rem}textarea,pre{width:100%;box-sizing:border-box;font:13px ui-monospace,monospace}
textarea{height:16rem}pre{background:#f4f4f6;padding:1rem;min-height:10rem;white-space:pre-wrap}button{font-size:14px;padding:.4rem 1rem}</style></head>
<body><h1>Showrunner GraphQL API</h1>
<p>POST <code>application/json</code> with <code>{"query", "variables"}</code> to this URL, or GET with <code>?query=</code>. The schema is introspectable here in development.</p>
<textarea id="q">${EXAMPLE}</textarea><p><button id="run">Run</button></p><pre id="out"></pre>
<script>document.getElementById('run').onclick=async()=>{const r=await fetch(location.pathname,{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({query:document.getElementById('q').value})});document.getElementById('out').textContent=JSON.stringify(await r.json(),null,2)}</script>
</body></html>`;

export const landingPage = (): ApolloServerPlugin => ({
  async serverWillStart() {
    return {
      async renderLandingPage() {
        return { html };
      },
    };
  },
});

import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from './lib/http/security-headers';

/**
 * A fresh nonce per page request: Next.js reads it from the request's CSP header and puts it on
 * its own scripts, so the policy can forbid every other script (corpus text and model output are
 * never HTML, and this makes an injected script inert even if that ever failed).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [{ source: '/((?!api|_next/static|_next/image|favicon.ico).*)', missing: [{ type: 'header', key: 'next-router-prefetch' }] }],
};

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { replyEmail } from './reply-email';

describe('the reply email', () => {
  const email = replyEmail({
    workspaceName: 'Lumen\r\nBcc: everyone@example.com',
    agentName: 'Sam <b>Agent</b>',
    reply: 'Try "Reset" & tell me.\nThanks',
    customerMessage: '<img src=x onerror=alert(1)>',
    link: 'https://support.example.com/chat#resume=abc.def',
  });

  test('every piece of text is escaped in the HTML part, and the subject stays on one line', () => {
    assert.ok(!email.html.includes('<img'), email.html);
    assert.ok(email.html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(email.html.includes('Sam &lt;b&gt;Agent&lt;/b&gt;'));
    assert.ok(email.html.includes('Try &quot;Reset&quot; &amp; tell me.<br>Thanks'));
    assert.equal(email.subject, 'Re: your conversation with Lumen Bcc: everyone@example.com');
  });

  test('the plain text has the reply, the quoted question and the link', () => {
    assert.ok(email.text.includes('Try "Reset" & tell me.\nThanks'));
    assert.ok(email.text.includes('> <img src=x onerror=alert(1)>'));
    assert.ok(email.text.includes('https://support.example.com/chat#resume=abc.def'));
  });
});

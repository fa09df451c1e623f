import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noticeText } from './deliver-emails.ts';

test('an e-mail notice links to the event and says nothing about the person', () => {
  const text = noticeText('safety_event_escalated', 'imminent', '0b5e6c1a-1111-4222-8333-944445555666', 'https://peerkeep.example/');
  assert.match(text, /urgency: imminent/);
  assert.match(text, /escalated to you/);
  assert.ok(text.includes('https://peerkeep.example/#/safety-events/0b5e6c1a-1111-4222-8333-944445555666'));
  assert.match(text, /no details about the person/);
});

test('without a public address the notice points to the dashboard in PeerKeep', () => {
  assert.match(noticeText('safety_event', 'high', 'id', null), /the safety dashboard in PeerKeep/);
});

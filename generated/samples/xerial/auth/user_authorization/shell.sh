#!/usr/bin/env bash
curl -X POST 'https://wallet.xerial.io/api/auth/google' \
  -H 'Content-Type: application/json' \
  --data-raw '{"token":"eyJhbGciOiJSUzI1NiIsImtpZCI6ImV4YW1wbGUiLCJ0eXAiOiJKV1QifQ.eyJpc3MiOiJhY2NvdW50cy5nb29nbGUuY29tIn0.c2lnbmF0dXJl","clientId":"1234567890-abc123def456.apps.googleusercontent.com"}'

#!/usr/bin/env bash
curl 'https://neptun-webui.vercel.app/api/shared/chats/550e8400-e29b-41d4-a716-446655440000'

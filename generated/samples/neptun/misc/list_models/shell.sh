#!/usr/bin/env bash
curl 'https://neptun-webui.vercel.app/models'

#!/usr/bin/env bash
curl 'https://neptun-webui.vercel.app/api/html-to-markdown/https%3A%2F%2Fexample.com'

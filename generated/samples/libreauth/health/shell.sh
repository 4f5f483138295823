#!/usr/bin/env bash
curl 'https://libreauth.nutexe.dev/health'

#!/usr/bin/env bash
curl 'https://api.plyr.network/api/tokenlist/plyr'

#!/usr/bin/env bash
echo "hello from bash"

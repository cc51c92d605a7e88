#!/usr/bin/env bash
# Writes the Swift file that carries lexicon.yaml inside the program.
set -euo pipefail
src=Sources/ChronicleCore/Resources/lexicon.yaml
out=Sources/ChronicleCore/Lexicon/EmbeddedLexicon.swift
{
  echo '// Generated from Resources/lexicon.yaml by `make lexicon`; edit that file, not this one.'
  echo
  echo '/// The built-in lexicon, compiled into the program so that a copied binary knows its'
  echo '/// months and verbs without a resource folder beside it.'
  echo 'enum EmbeddedLexicon {'
  echo '    static let text = #"""'
  cat "$src"
  echo '"""#'
  echo '}'
} > "$out"

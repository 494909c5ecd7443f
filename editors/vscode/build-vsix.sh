#!/usr/bin/env bash
# Builds toc-theory-of-change-VERSION.vsix (a zip with a manifest) with nothing but `zip`.
# Install it with: code --install-extension toc-theory-of-change-VERSION.vsix
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here}
version=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$here/package.json")
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/extension/syntaxes"
cp "$here/package.json" "$here/extension.js" "$here/language-configuration.json" "$here/README.md" \
  "$stage/extension/"
cp "$here/syntaxes/toc.tmLanguage.json" "$stage/extension/syntaxes/"
cat > "$stage/extension.vsixmanifest" <<MANIFEST
<?xml version="1.0" encoding="utf-8"?>
<PackageManifest Version="2.0.0" xmlns="http://schemas.microsoft.com/developer/vsx-schema/2011">
  <Metadata>
    <Identity Language="en-US" Id="toc-theory-of-change" Version="$version" Publisher="toc"/>
    <DisplayName>Theory of Change (toc)</DisplayName>
    <Description xml:space="preserve">Checks and explains .toc files (verandertheorie) as you type, with toc lsp.</Description>
    <Categories>Programming Languages,Linters,Formatters</Categories>
    <Properties>
      <Property Id="Microsoft.VisualStudio.Code.Engine" Value="^1.75.0"/>
    </Properties>
  </Metadata>
  <Installation>
    <InstallationTarget Id="Microsoft.VisualStudio.Code"/>
  </Installation>
  <Dependencies/>
  <Assets>
    <Asset Type="Microsoft.VisualStudio.Code.Manifest" Path="extension/package.json" Addressable="true"/>
    <Asset Type="Microsoft.VisualStudio.Services.Content.Details" Path="extension/README.md" Addressable="true"/>
  </Assets>
</PackageManifest>
MANIFEST
cat > "$stage/[Content_Types].xml" <<'TYPES'
<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension=".json" ContentType="application/json"/>
  <Default Extension=".js" ContentType="application/javascript"/>
  <Default Extension=".md" ContentType="text/markdown"/>
  <Default Extension=".vsixmanifest" ContentType="text/xml"/>
</Types>
TYPES
vsix="$out/toc-theory-of-change-$version.vsix"
rm -f "$vsix"
(cd "$stage" && zip -q -X -r "$vsix" "[Content_Types].xml" extension.vsixmanifest extension)
echo "$vsix"

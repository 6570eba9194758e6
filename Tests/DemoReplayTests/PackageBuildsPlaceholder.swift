// Package.swift declares this test target before its tests were committed; SwiftPM refuses to
// build the package without a source file here. Delete this file once real tests arrive.

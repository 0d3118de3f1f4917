#pragma once
// The kinds of dataset a DataSpec names ("toy", "csv", ...) as one table. Each
// entry carries what the rest of the program would otherwise spell out by
// comparing kind strings: the body (a name, one path or two), the options with
// their defaults and checks, the names it accepts, its loader, whether it is a
// table, and what is known about it without loading. DataSpec parses, checks and
// loads through this table; editors take the defaults from it. The grammar and
// the meaning of every option are documented in DataSpec.h.
//
// Immutable; read from any thread.
#include "CsvDataset.h"
#include "Dataset.h"

#include <string>
#include <vector>

namespace nw {

struct DataLoadReport;
struct DataSpec;

// Lets code that has a page or a branch per kind (the dataset editor) name a kind
// without spelling its string.
enum class DataKindId { Toy, Sequence, Bundled, FashionMnist, Idx, Csv, Images, Npy, Text, Words };

enum class DataBody {
    Name, // toy:spiral, sequence:parity, bundled:iris, fashion-mnist:test
    OnePath, // csv:FILE, images:FOLDER, text:FILE, words:FOLDER
    TwoPaths, // idx:IMAGES,LABELS, npy:FEATURES,TARGETS
};

struct DataOption {
    std::string key;
    // What the loader uses when a spec leaves the option out; empty where the
    // loader decides from the data (csv's target is the last column, the task
    // follows the target's values).
    std::string defaultValue;
    // What a valid value looks like ("a number 0..1"), or empty when `value` is valid.
    std::string (*check)(const std::string& value) = nullptr;
};

struct DataKind {
    DataKindId id;
    std::string name; // the text before ':'
    DataBody body = DataBody::OnePath;
    std::string bodyHint; // for messages, after "KIND:": "FILE", "IMAGES,LABELS"; empty for names
    std::vector<DataOption> options; // sorted by key
    // Name bodies: the names accepted, in the order messages list them.
    std::vector<std::string> (*names)() = nullptr;
    // Name bodies: the canonical spelling of an accepted name; null keeps it as written.
    std::string (*canonicalName)(const std::string& name) = nullptr;
    // Loads a spec that is already checked and whose paths are already resolved.
    Dataset (*load)(const DataSpec& spec, DataLoadReport& report) = nullptr;
    // Whether the spec names a table of raw measurements (csv, bundled:iris); null: never.
    bool (*isTable)(const DataSpec& spec) = nullptr;
    // For specs that are tables: how the loader reads it (paths resolved).
    CsvReport (*tableReport)(const DataSpec& spec) = nullptr;
    // Class names known without loading anything (fashion-mnist); null: load to know.
    std::vector<std::string> (*classNames)() = nullptr;
    // Names of the features, when every dataset of the kind has the same ones (toy: x, y).
    std::vector<std::string> featureNames;

    // Null for an option the kind does not take.
    const DataOption* option(const std::string& key) const;
    // The spec's value for `key`, or the option's default.
    std::string optionValue(const DataSpec& spec, const std::string& key) const;

    // Every kind, in the order the grammar lists them and the editor offers them.
    static const std::vector<DataKind>& all();
    // Null for an unknown name.
    static const DataKind* find(const std::string& name);
    static const DataKind& get(DataKindId id);
};

} // namespace nw

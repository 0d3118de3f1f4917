// Every file of the committed corrupt corpus (tests/corrupt, written by
// tests/corrupt/make_corpus.py) must be refused with a DataError that names the
// file: no crash, no hang, no huge allocation. Loaded through DataSpec, the way
// netwright-cli loads them.
#include "data/DataSpec.h"
#include "data/IdxFile.h"
#include "data/ImageFolderDataset.h"
#include "data/NpyFile.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <new>
#include <set>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace nw;
namespace fs = std::filesystem;

namespace {

struct CorruptCase {
    std::string file; // relative to tests/corrupt
    std::string expected; // a fragment of the message
};

std::string corrupt(const std::string& rel)
{
    return std::string(NETWRIGHT_CORRUPT_DIR) + "/" + rel;
}

// The spec netwright-cli would be given for the file.
std::string specFor(const std::string& rel)
{
    const std::string path = corrupt(rel);
    if (rel.starts_with("idx/"))
        return "idx:" + path + "," + path;
    if (rel.starts_with("npy/"))
        return "npy:" + path + "," + path;
    if (rel.starts_with("csv/"))
        return "csv:" + path;
    return "images:" + path;
}

const std::vector<CorruptCase>& corpus()
{
    static const std::vector<CorruptCase> cases = {
        { "idx/truncated-images-idx3-ubyte", "(truncated)" },
        { "idx/truncated-images-idx3-ubyte.gz", "(truncated)" },
        { "idx/lying-header-terabytes-idx3-ubyte", "(truncated)" },
        { "idx/lying-header-terabytes-idx3-ubyte.gz", "(truncated)" },
        { "idx/trailing-bytes-labels-idx1-ubyte", "(trailing bytes)" },
        { "idx/bad-magic-labels-idx1-ubyte", "not an IDX file" },
        { "idx/float-type-labels-idx1-ubyte", "is not supported" },
        { "idx/rank-zero-idx0-ubyte", "rank 0" },
        { "idx/short-header-idx3-ubyte", "header needs 16 bytes" },
        { "idx/empty-file-idx1-ubyte", "too short" },
        { "idx/corrupt-gzip-stream-images-idx3-ubyte.gz", "corrupt compressed data" },
        { "idx/truncated-gzip-stream-images-idx3-ubyte.gz", "(truncated .gz file)" },
        { "csv/empty.csv", "the file is empty" },
        { "csv/blank-lines-only.csv", "the file is empty" },
        { "csv/header-only.csv", "no data rows after the header on line 1" },
        { "csv/ragged-row-line-17.csv", ":17: 5 fields, the header has 4" },
        { "csv/non-numeric-in-numeric-column-line-7.csv", ":7: column 'weight': 'heavy' is not a number" },
        { "csv/free-text-column-comment.csv", "column 'comment' holds free text (312 distinct values)" },
        { "csv/unterminated-quote-line-3.csv", ":3: a quoted field opens here and is never closed" },
        { "csv/duplicate-column-names.csv", "column name 'x' appears twice" },
        { "csv/every-row-missing-a-value.csv", "every one of the 3 rows has a missing value" },
        { "csv/infinite-value-line-3.csv", ":3: column 'x': '1e999' is not a finite 32-bit number" },
        { "csv/only-a-target-column.csv", "only one column" },
        { "csv/binary-garbage.csv", "" },
        { "images/truncated-png", "cats/truncated.png: not a readable image" },
        { "images/text-named-png", "dogs/not-an-image.png: not a readable image" },
        { "images/no-class-folders", "has no subfolders" },
        { "images/empty-class-folder", "class folder 'dogs' holds no images" },
        { "images/huge-dimensions", "claims-32000x32000.png: the image claims 32000x32000 pixels" },
        { "npy/truncated-data.npy", "(truncated)" },
        { "npy/trailing-bytes.npy", "(trailing bytes)" },
        { "npy/lying-shape-terabytes.npy", "shape (1000000, 1000000, 1000)" },
        { "npy/lying-header-length.npy", "header claims 60000 bytes" },
        { "npy/bad-magic.npy", "not a .npy file" },
        { "npy/unsupported-version-9.npy", "version 9.0 is not supported" },
        { "npy/malformed-header-dict.npy", "malformed .npy header" },
        { "npy/big-endian.npy", "big-endian" },
        { "npy/fortran-order.npy", "Fortran" },
        { "npy/object-dtype.npy", "Python objects" },
        { "npy/structured-dtype.npy", "structured dtype" },
        { "npy/complex-dtype.npy", "is not supported" },
        { "npy/string-dtype.npy", "strings" },
        { "npy/npz-archive-renamed.npy", ".npz archive" },
        { "npy/empty-file.npy", "not a .npy file" },
    };
    return cases;
}

} // namespace

TEST(CorruptCorpus, EveryFileIsADataErrorNamingIt)
{
    for (const CorruptCase& c : corpus()) {
        SCOPED_TRACE(c.file);
        ASSERT_TRUE(fs::exists(corrupt(c.file))) << "run tests/corrupt/make_corpus.py";
        try {
            loadDataset(parseDataSpec(specFor(c.file)), "");
            ADD_FAILURE() << "loaded without an error";
        } catch (const DataError& e) {
            const std::string msg = e.what();
            // The file, or for a folder layout the folder (the files inside carry the folder in their path).
            EXPECT_NE(msg.find(corrupt(c.file)), std::string::npos) << msg;
            EXPECT_NE(msg.find(c.expected), std::string::npos) << msg;
        }
    }
}

TEST(CorruptCorpus, EveryCorpusFileHasACase)
{
    std::set<std::string> listed;
    for (const CorruptCase& c : corpus())
        listed.insert(c.file);
    for (const std::string room : { "idx", "csv", "npy" })
        for (const auto& e : fs::directory_iterator(corrupt(room)))
            EXPECT_TRUE(listed.count(room + "/" + e.path().filename().string())) << e.path();
    for (const auto& e : fs::directory_iterator(corrupt("images")))
        EXPECT_TRUE(listed.count("images/" + e.path().filename().string())) << e.path();
}

TEST(CorruptCorpus, UnreadableImagesCanBeSkippedAndCounted)
{
    ImageFolderReport report;
    const Dataset d = loadImageFolder(
        corrupt("images/truncated-png"), { .width = 4, .height = 4, .skipUnreadable = true }, &report);
    EXPECT_EQ(d.size(), 2u);
    ASSERT_EQ(report.skippedFiles.size(), 1u);
    EXPECT_NE(report.skippedFiles[0].find("truncated.png"), std::string::npos);
    EXPECT_EQ(
        loadDataset(parseDataSpec("images:" + corrupt("images/text-named-png") + "?skip_unreadable=true"), "").size(),
        1u);
}

// The lying headers claim exabytes. Under an address-space limit only a little
// above what the process already uses, any attempt to allocate what they claim
// fails: the loaders must refuse from the header alone.
TEST(CorruptCorpus, LyingHeadersDoNotAllocate)
{
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        long pages = 0;
        std::ifstream("/proc/self/statm") >> pages;
        const rlim_t used = static_cast<rlim_t>(pages) * static_cast<rlim_t>(sysconf(_SC_PAGESIZE));
        const rlim_t limit = used + (rlim_t { 512 } << 20);
        const rlimit rl { limit, limit };
        if (setrlimit(RLIMIT_AS, &rl) != 0)
            _exit(3);
        int status = 0;
        for (const std::string rel :
            { "idx/lying-header-terabytes-idx3-ubyte", "idx/lying-header-terabytes-idx3-ubyte.gz",
                "npy/lying-shape-terabytes.npy", "npy/lying-header-length.npy" }) {
            try {
                if (rel.starts_with("idx/"))
                    readIdxFile(corrupt(rel));
                else
                    readNpyFile(corrupt(rel));
                status = status ? status : 1; // loaded: wrong
            } catch (const DataError&) {
            } catch (const std::bad_alloc&) {
                status = 2;
            } catch (...) {
                status = status ? status : 4;
            }
        }
        _exit(status);
    }
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status)) << "the child crashed";
    EXPECT_EQ(WEXITSTATUS(status), 0) << "1: loaded, 2: tried to allocate, 3: setrlimit failed, 4: other exception";
}

#include "PyTorchHelperClasses.h"

#include <stdexcept>
#include <utility>
#include <vector>

namespace nw::pytorch {

namespace {

struct Helper {
    const char* name;
    const char* base; // another helper it needs first, or ""
    const char* source;
};

// In definition order: a helper's base comes before it.
const std::vector<Helper>& helpers()
{
    static const std::vector<Helper> all = {
        { "TokenEmbedding", "", R"PY(class TokenEmbedding(nn.Embedding):
    """nn.Embedding over token ids held as float32, as Netwright feeds them."""

    def forward(self, ids):
        return super().forward(ids.long())
)PY" },
        { "RecurrentLayer", "", R"PY(class RecurrentLayer:
    """What SimpleRNN, LSTM and GRU share: torch's layer read batch first ([N, T, F]),
    returning every step's output ([N, T, units x directions]) or only the last
    step's ([N, units x directions]). The weights keep torch's names (weight_ih_l0, ...)."""

    def __init__(self, features, units, return_sequences=False, bidirectional=False):
        super().__init__(features, units, batch_first=True, bidirectional=bidirectional)
        self.return_sequences = return_sequences

    def forward(self, x):
        steps = super().forward(x)[0]
        return steps if self.return_sequences else steps[:, -1]
)PY" },
        { "SimpleRNN", "RecurrentLayer", R"PY(class SimpleRNN(RecurrentLayer, nn.RNN):
    """nn.RNN (tanh) that returns the steps or the last step."""
)PY" },
        { "LSTM", "RecurrentLayer", R"PY(class LSTM(RecurrentLayer, nn.LSTM):
    """nn.LSTM that returns the steps or the last step."""
)PY" },
        { "GRU", "RecurrentLayer", R"PY(class GRU(RecurrentLayer, nn.GRU):
    """nn.GRU that returns the steps or the last step."""
)PY" },
        { "SelfAttention", "", R"PY(class SelfAttention(nn.MultiheadAttention):
    """Self-attention over [N, T, F]: nn.MultiheadAttention(x, x, x), optionally
    causal (each step sees only itself and earlier steps)."""

    def __init__(self, features, heads, causal=False, dropout=0.0):
        super().__init__(features, heads, dropout=dropout, batch_first=True)
        self.causal = causal

    def forward(self, x):
        steps = x.shape[1]
        mask = None
        if self.causal:
            mask = torch.triu(torch.ones(steps, steps, dtype=torch.bool, device=x.device), 1)
        return super().forward(x, x, x, attn_mask=mask, need_weights=False)[0]
)PY" },
        { "SinusoidalPositions", "", R"PY(class SinusoidalPositions(nn.Module):
    """Adds fixed sine and cosine waves that encode each step's position (Vaswani
    et al.): sin(t / 10000^(i / dim)) at even features i, cos at odd ones."""

    def __init__(self, max_len, dim):
        super().__init__()
        t = torch.arange(max_len, dtype=torch.float64)[:, None]
        i = torch.arange(dim, dtype=torch.float64)[None, :]
        angle = t * 10000.0 ** (-(i - i % 2) / dim)
        table = torch.where(i % 2 == 1, torch.cos(angle), torch.sin(angle)).float()
        # Computed, not trained: kept out of the state_dict and the weights file.
        self.register_buffer("table", table, persistent=False)

    def forward(self, x):
        return x + self.table[: x.shape[1]]
)PY" },
        { "LearnedPositions", "", R"PY(class LearnedPositions(nn.Module):
    """Adds a learned vector per position: a [max_len, dim] table."""

    def __init__(self, max_len, dim):
        super().__init__()
        self.weight = nn.Parameter(torch.zeros(max_len, dim))

    def forward(self, x):
        return x + self.weight[: x.shape[1]]
)PY" },
        { "SequencePool", "", R"PY(class SequencePool(nn.Module):
    """Summarises [N, T, F] as [N, F]: the mean over the steps, the maximum, or the last step."""

    def __init__(self, mode):
        super().__init__()
        self.mode = mode

    def forward(self, x):
        if self.mode == "max":
            return x.max(dim=1).values
        if self.mode == "last":
            return x[:, -1]
        return x.mean(dim=1)
)PY" },
        { "GlobalAvgPool", "", R"PY(class GlobalAvgPool(nn.Module):
    """The mean of each feature map: [N, C, H, W] -> [N, C]."""

    def forward(self, x):
        return x.mean(dim=(2, 3))
)PY" },
        { "Reshape", "", R"PY(class Reshape(nn.Module):
    """Gives each sample a new shape (the batch axis stays)."""

    def __init__(self, *shape):
        super().__init__()
        self.shape = shape

    def forward(self, x):
        return x.reshape(x.shape[0], *self.shape)
)PY" },
    };
    return all;
}

} // namespace

QString helperClassesSource(const QStringList& names)
{
    QStringList wanted = names;
    for (const Helper& h : helpers())
        if (names.contains(QLatin1String(h.name)) && *h.base)
            wanted << QString::fromLatin1(h.base);
    for (const QString& name : names) {
        bool known = false;
        for (const Helper& h : helpers())
            known = known || name == QLatin1String(h.name);
        if (!known)
            throw std::logic_error("no PyTorch helper class named " + name.toStdString());
    }
    QStringList blocks;
    for (const Helper& h : helpers())
        if (wanted.contains(QLatin1String(h.name)))
            blocks << QString::fromUtf8(h.source);
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace nw::pytorch

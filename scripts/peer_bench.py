"""Peer benchmark: igraph, NetworKit and scipy on the very graphs `partnergraph bench --export` wrote.

    peer_bench.py run EXPORT_DIR            times the peers once, prints TSV rows (key, peer, seconds, check)
    peer_bench.py report WORK_DIR TITLE     joins every run in WORK_DIR (ours-N.tsv, peers-N.tsv) into markdown

PEERS=igraph,scipy (say) leaves the others out. A development tool (scripts/peer-bench.sh makes its throwaway virtual environment); never a
dependency of the product. The files are little-endian arrays, described in the bench's PeerExport.
"""
import glob
import os
import statistics
import sys
import time

KERNELS = [
    ("overlaps", "group overlaps, all pairs"),
    ("pagerank-bipartite", "PageRank, partner-group graph"),
    ("pagerank-projection", "PageRank, projection"),
    ("eigenvector-bipartite", "eigenvector, partner-group graph"),
    ("eigenvector-projection", "eigenvector, projection"),
    ("betweenness-bipartite", "betweenness, partner-group graph, sampled"),
    ("betweenness-projection", "betweenness, projection, sampled"),
]
PEERS = ["igraph", "networkit", "scipy"]


def load(d):
    import numpy as np

    def arr(name, dtype):
        return np.fromfile(os.path.join(d, name), dtype=dtype)

    info = dict(line.split("\t") for line in open(os.path.join(d, "graph.tsv")).read().split("\n") if line)
    g = {"partners": int(info["partners"]), "groups": int(info["groups"]),
         "pairs": int(info["overlapping_pairs"]), "shared": int(info["shared_total"])}
    for name in ("bipartite", "projection"):
        g[name] = {
            "edges": arr(name + "-edges.i32", "<i4").reshape(-1, 2),
            "weights": arr(name + "-weights.f64", "<f8"),
            "pivots": arr(name + "-pivots.i32", "<i4"),
            "betweenness": arr(name + "-betweenness.f64", "<f8"),
            "pagerank": arr(name + "-pagerank.f64", "<f8"),
            "eigenvector": arr(name + "-eigenvector.f64", "<f8"),
            "nodes": g["partners"] + g["groups"] if name == "bipartite" else g["partners"],
        }
    return g


def rel(ours, theirs):
    """Largest difference relative to our largest value, after scaling both to the same sum (or max)."""
    import numpy as np

    ours = np.asarray(ours, dtype=float)
    theirs = np.asarray(theirs, dtype=float)
    if ours.max() <= 0:
        return float("nan")
    return float(np.abs(ours - theirs).max() / ours.max())


def timed(rows, key, peer, work):
    if peer not in os.environ.get("PEERS", ",".join(PEERS)).split(","):
        return None
    t0 = time.perf_counter()
    result, check = work()
    rows.append((key, peer, time.perf_counter() - t0, check))
    print("%-26s %-10s %8.3f s  %s" % (key, peer, rows[-1][2], check), file=sys.stderr, flush=True)
    return result


def run(d):
    import igraph as ig
    import networkit as nk
    import numpy as np
    import scipy
    import scipy.sparse as sp

    nk.setNumberOfThreads(os.cpu_count() or 1)
    g = load(d)
    rows = []
    versions = "igraph %s, NetworKit %s, scipy %s, numpy %s" % (ig.__version__, nk.__version__,
                                                                scipy.__version__, np.__version__)

    def overlaps():
        e = g["bipartite"]["edges"]
        b = sp.csr_matrix((np.ones(len(e), dtype=np.int32), (e[:, 1] - g["partners"], e[:, 0])),
                          shape=(g["groups"], g["partners"]))
        c = sp.triu(b @ b.T, k=1).tocsr()
        same = c.nnz == g["pairs"] and int(c.sum()) == g["shared"]
        return c, "pairs %d, shared %d: %s" % (c.nnz, int(c.sum()), "equal" if same else "DIFFERENT")

    timed(rows, "overlaps", "scipy", overlaps)
    for name in ("bipartite", "projection"):
        x = g[name]
        n = x["nodes"]
        gi = ig.Graph(n=n, edges=x["edges"], directed=False)
        gi.es["weight"] = x["weights"]
        gn = nk.Graph(n, weighted=True)
        gn.addEdges((x["weights"], (x["edges"][:, 0].astype(np.uint64), x["edges"][:, 1].astype(np.uint64))))

        def ig_pagerank():
            pr = gi.pagerank(weights="weight", damping=0.85)
            return pr, "max diff %.1e" % rel(x["pagerank"], pr)

        def nk_pagerank():
            a = nk.centrality.PageRank(gn, damp=0.85, tol=1e-10)
            a.run()
            s = np.asarray(a.scores())
            return s, "max diff %.1e" % rel(x["pagerank"], s / s.sum())

        def ig_eigen():
            ev = np.asarray(gi.eigenvector_centrality(weights="weight", scale=True))
            return ev, "max diff %.1e" % rel(x["eigenvector"] / x["eigenvector"].max(), ev)

        def nk_eigen():
            a = nk.centrality.EigenvectorCentrality(gn, tol=1e-12)
            a.run()
            s = np.abs(np.asarray(a.scores()))
            return s, "max diff %.1e" % rel(x["eigenvector"] / x["eigenvector"].max(), s / s.max())

        k = len(x["pivots"])
        scale = 1.0 if k >= n else n / k

        def ig_betweenness():
            # igraph's subset betweenness halves the sum over the sources' dependencies, as its full
            # undirected betweenness does; ours also scales the sample by n / k
            b = np.asarray(gi.betweenness(directed=False, sources=x["pivots"].tolist()))
            return b, "same pivots; max diff %.1e" % rel(x["betweenness"], b * scale)

        def nk_betweenness():
            a = nk.centrality.EstimateBetweenness(gn, k, False, True)
            a.run()
            return None, "its own %d random pivots" % k

        timed(rows, "pagerank-" + name, "igraph", ig_pagerank)
        timed(rows, "pagerank-" + name, "networkit", nk_pagerank)
        timed(rows, "eigenvector-" + name, "igraph", ig_eigen)
        timed(rows, "eigenvector-" + name, "networkit", nk_eigen)
        timed(rows, "betweenness-" + name, "igraph", ig_betweenness)
        timed(rows, "betweenness-" + name, "networkit", nk_betweenness)
    print("#\t" + versions)
    for key, peer, seconds, check in rows:
        print("%s\t%s\t%.4f\t%s" % (key, peer, seconds, check))


NOTES = ("Notes: NetworKit's `EigenvectorCentrality` is plain power iteration, which oscillates on a bipartite"
         " graph (docs/scoring-network.md), hence its difference on the partner-group graph; NetworKit's"
         " `EstimateBetweenness` draws its own pivots, so only its time compares. scipy's overlaps start from the"
         " exported int edge list (B built, B·Bᵀ, upper triangle); ours from the graph's records, ids included.")

def spread(values):
    if not values:
        return ""
    return "%.2f (%.2f-%.2f)" % (statistics.median(values), min(values), max(values))


def report(work, title):
    """Ours: the first run of each JVM (cold, with the JIT compiling) and the later ones (warm)."""
    cold, warm, peers, checks, versions = {}, {}, {}, {}, ""
    for f in sorted(glob.glob(os.path.join(work, "ours-*.tsv"))):
        for line in open(f):
            p = line.rstrip("\n").split("\t")
            values = [float(v) for v in p[2:]]
            cold.setdefault(p[0], []).append(values[0])
            warm.setdefault(p[0], []).extend(values[1:] or values[:1])
    for f in sorted(glob.glob(os.path.join(work, "peers-*.tsv"))):
        for line in open(f):
            p = line.rstrip("\n").split("\t")
            if p[0] == "#":
                versions = p[1]
                continue
            peers.setdefault((p[0], p[1]), []).append(float(p[2]))
            checks[(p[0], p[1])] = p[3]
    runs = len(glob.glob(os.path.join(work, "peers-*.tsv")))
    med = statistics.median
    out = ["# Peer benchmark: " + title, ""]
    out.append("Seconds, median (range) over %d alternating runs of each side. Ours: *warm* is the second"
               " run of the kernel in the same JVM, *cold* the first (the JIT compiling as it goes, as in a"
               " one-off command). Ratio = peer median / our warm median (> 1: we are faster); the ratio to"
               " our cold median is beside it. Peers: %s; igraph runs on one core, NetworKit and our kernels"
               " on both. Check: the peer's values against ours, largest difference relative to our largest"
               " value (PageRank scaled to sum 1, eigenvector to max 1)." % (runs, versions))
    out.append("")
    out.append("| kernel | ours warm | ours cold | peer | peer seconds | ratio (to our cold) | check |")
    out.append("|---|---:|---:|---|---:|---:|---|")
    for key, name in KERNELS:
        for peer in PEERS:
            theirs = peers.get((key, peer))
            if not theirs or key not in warm:
                continue
            out.append("| %s | %s | %s | %s | %s | %.2f (%.2f) | %s |" % (
                name, spread(warm[key]), spread(cold[key]), peer, spread(theirs),
                med(theirs) / med(warm[key]), med(theirs) / med(cold[key]), checks[(key, peer)]))
    total = [k for k, _ in KERNELS[1:]]
    for peer in ("igraph", "networkit"):
        mine = sum(med(warm[k]) for k in total if k in warm)
        mine_cold = sum(med(cold[k]) for k in total if k in cold)
        theirs = sum(med(peers[(k, peer)]) for k in total if (k, peer) in peers)
        out.append("| PageRank + eigenvector + betweenness, both graphs (sum of medians) | %.2f | %.2f | %s | %.2f |"
                   " %.2f (%.2f) | |" % (mine, mine_cold, peer, theirs, theirs / mine, theirs / mine_cold))
    for key in ("index", "projection", "network-position"):
        if key in warm:
            out.append("| ours only: %s | %s | %s | | | | |" % (key, spread(warm[key]), spread(cold[key])))
    out += ["", NOTES]
    print("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "run":
        run(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == "report":
        report(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)

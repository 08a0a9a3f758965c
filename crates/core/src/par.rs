//! Work spread over the machine's cores, in order: `map` gives the same results, in the
//! same order, as a plain `iter().map()`, so the output stays deterministic.

use std::num::NonZeroUsize;

/// Below this many items per thread, starting threads costs more than it saves.
const MIN_PER_THREAD: usize = 16;

/// `f` applied to every item, on as many threads as there are cores (one when there is
/// little work or one core), results in the order of `items`.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let threads = threads.min(items.len() / MIN_PER_THREAD).max(1);
    if threads == 1 {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(f).collect::<Vec<R>>()))
            .collect();
        // A panic in a worker is a bug; it is raised again here, as it would be without threads.
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// `f` applied to every item of a few heavy ones (a site's list pages: one is megabytes,
/// the next a few kilobytes), each thread taking the next item when it is done; results
/// in the order of `items`. Put the heaviest first.
pub fn map_heavy<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let threads = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let threads = threads.min(items.len()).max(1);
    if threads == 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let done: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let r = f(item);
                    *done[i].lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(r);
                }
            });
        }
    });
    done.into_iter()
        .filter_map(|m| m.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heavy_items_come_back_in_their_order() {
        let items: Vec<u64> = vec![5_000_000, 3, 1, 2_000_000, 7];
        let slow = |n: &u64| (0..*n).fold(0u64, u64::wrapping_add) % 1000 + n;
        assert_eq!(map_heavy(&items, slow), items.iter().map(slow).collect::<Vec<_>>());
        assert_eq!(map_heavy(&[] as &[u64], |x| *x), Vec::<u64>::new());
    }

    #[test]
    fn results_are_in_the_order_of_the_items() {
        let items: Vec<u64> = (0..1000).collect();
        assert_eq!(map(&items, |x| x * x), items.iter().map(|x| x * x).collect::<Vec<_>>());
        assert_eq!(map(&[] as &[u64], |x| *x), Vec::<u64>::new());
        assert_eq!(map(&[7u64], |x| x + 1), vec![8]);
    }
}
